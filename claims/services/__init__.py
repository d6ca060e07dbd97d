"""Every write goes through these functions: the API, the admin, commands and tasks call them."""
