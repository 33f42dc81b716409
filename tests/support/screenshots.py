"""Screenshots of each page of the web app over the demo database, for docs/web/.

make demo && python -m tests.support.screenshots [trustwatch.duckdb] [docs/web]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from storage.store import Store
from storage.users import UserBook
from tests.support.browser import chromium, serve
from trustwatch.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "screenshots of pages"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "trustwatch.duckdb"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO / "docs" / "web"
    out.mkdir(parents=True, exist_ok=True)
    database = Path(tempfile.mkdtemp(prefix="trustwatch-shots-")) / "trustwatch.duckdb"
    shutil.copyfile(source, database)
    with Store.open(database, publish_replica=True) as store:
        users = UserBook(store)
        if users.get("comms.officer") is None:
            users.add("comms.officer", display_name="Sam Comms", role="officer", password=PASSWORD, actor="docs")
        urgent = store.scalar("SELECT case_id FROM cases WHERE severity = 'urgent' ORDER BY reach DESC LIMIT 1")
        impersonation = store.scalar("SELECT case_id FROM cases WHERE kind = 'impersonation' LIMIT 1")
    os.environ["TRUSTWATCH_STORAGE__PATH"] = str(database)
    settings = load_settings(REPO / "demo" / "trustwatch.toml")
    with serve(settings) as base_url, chromium() as browser:
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.goto(f"{base_url}/sign-in")
        page.screenshot(path=str(out / "sign-in.png"))
        page.get_by_label("Username").fill("comms.officer")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{base_url}/inbox")
        shots = {
            "inbox": "/inbox",
            "case": f"/cases/{urgent}",
            "case-takedown": f"/cases/{impersonation}" if impersonation else None,
            "mentions": "/mentions?q=trolley",
            "dashboard": "/dashboard",
            "accounts": "/accounts",
            "reports": "/reports",
        }
        for name, path in shots.items():
            if path is None:
                continue
            page.goto(f"{base_url}{path}")
            page.screenshot(path=str(out / f"{name}.png"), full_page=True)
            print(out / f"{name}.png")


if __name__ == "__main__":
    main()
