"""The command line: arguments, imports with their summary, listing and exporting, starting the browser."""
