"""The command line: the composition root that parses input, builds the pieces and calls flows and storage."""
