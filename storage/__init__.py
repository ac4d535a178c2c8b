"""Redis persistence: key names, connections (incl. the embedded server) and one store per concern."""
