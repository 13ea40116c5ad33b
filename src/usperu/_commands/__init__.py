"""One module per subcommand, each imported only when its command is used (see cli._COMMANDS)."""
