"""One module per family of intents. Each rule takes an Utterance and returns the intent's
slots, or None when the message is not that intent. The parser tries them in a fixed order."""
