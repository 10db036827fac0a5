"""Help desk figures for maintainers: ``helpdesk stats`` (text) and an HTML report with inline SVG charts."""
