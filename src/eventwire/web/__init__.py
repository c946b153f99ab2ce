"""`eventwire serve`: the web UI and JSON API (`eventwire.web.server.create_app`, `serve`)."""
