"""The web app: the comms team's inbox of cases, dashboards, search, sign-in and roles."""
