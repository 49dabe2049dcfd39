"""The API's routers, one module per resource; :func:`historiograph.api.create_app` mounts them."""
