"""The handover bot's core: settings, routing, the WeCom client, the engine, the sandbox."""
