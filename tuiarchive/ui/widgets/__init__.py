"""The browser's widgets, drawn line by line where lists are long."""
