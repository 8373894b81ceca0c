#!/usr/bin/env python3
"""Drives the real web app in Chromium: `hearth demo` on a free port, then as an analyst signs in,
opens the overview, an indicator and its drill-down, uploads a set of returns, and as a board
member checks what must stay out of reach. Screenshots go to the folder given with --shots.

Usage: browser-test.py HEARTH_BINARY --work DIR --shots DIR
"""
import argparse, os, re, socket, subprocess, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_demo(binary, work, port):
    proc = subprocess.Popen([binary, "demo", "--out", os.path.join(work, "demo"), "--db", os.path.join(work, "demo.sqlite"),
                             "--port", str(port), "--upload-wait", "0"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    passwords, deadline, seen = {}, time.time() + 600, []
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                sys.exit(f"hearth demo exited with {proc.returncode} before serving:\n" + "".join(seen[-20:]))
            continue
        seen.append(line)
        if "Hearth is serving" in line:
            break
    else:
        sys.exit("hearth demo did not start serving in time")
    # The demo keeps its users' passwords in a file beside its store, readable by the user only.
    secrets = os.path.join(work, "demo-passwords.txt")
    if os.stat(secrets).st_mode & 0o077:
        sys.exit(f"{secrets} is readable by others: {oct(os.stat(secrets).st_mode)}")
    for line in open(secrets):
        m = re.match(r"(\w+)\s+(\S+)$", line.strip())
        if m and not line.startswith("#"):
            passwords[m.group(1)] = m.group(2)
    # Wait for the port to answer.
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, passwords
        except OSError:
            time.sleep(0.1)
    sys.exit("the demo's port never opened")


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Check:
    def __init__(self, driver, base, shots):
        self.d, self.base, self.shots, self.n = driver, base, shots, 0

    def go(self, path):
        self.d.get(self.base + path)

    def shot(self, name):
        self.n += 1
        path = os.path.join(self.shots, f"{self.n:02d}-{name}.png")
        # Full-page: widen the window to the page's height for the capture.
        height = self.d.execute_script("return document.documentElement.scrollHeight")
        self.d.set_window_size(1280, min(max(height, 900), 6000))
        self.d.save_screenshot(path)
        self.d.set_window_size(1280, 1000)
        print("  screenshot", path)

    def wait_for(self, css, seconds=20):
        """Waits for the next page to show an element: a click only starts the navigation."""
        try:
            WebDriverWait(self.d, seconds).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))
        except Exception:
            self.shot("FAILED")
            sys.exit(f"FAILED: no {css} on {self.d.current_url}")

    def submit(self, button, css, seconds=20):
        """Clicks and waits for the page to be replaced, then for `css` on the new one (waiting
        for `css` alone can find it on the page being left)."""
        old = self.d.find_element(By.TAG_NAME, "html")
        button.click()
        try:
            WebDriverWait(self.d, seconds).until(EC.staleness_of(old))
        except Exception:
            self.shot("FAILED")
            sys.exit(f"FAILED: {self.d.current_url} did not change after the click")
        self.wait_for(css, seconds)

    def expect(self, cond, what):
        if not cond:
            self.shot("FAILED")
            sys.exit("FAILED: " + what)
        print("  ok:", what)

    def sign_in(self, user, password):
        self.go("/sign-in")
        self.d.find_element(By.ID, "username").send_keys(user)
        self.d.find_element(By.ID, "password").send_keys(password)
        self.d.find_element(By.ID, "sign-in").click()

    def sign_out(self):
        self.d.find_element(By.CSS_SELECTOR, ".header-signout button").click()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--work", required=True)
    ap.add_argument("--shots", required=True)
    args = ap.parse_args()
    # Absolute: the demo runs with the work folder as its current directory.
    args.work, args.shots = os.path.abspath(args.work), os.path.abspath(args.shots)
    os.makedirs(args.work, exist_ok=True)
    os.makedirs(args.shots, exist_ok=True)
    binary = os.path.abspath(args.binary)

    upload_dir = os.path.join(args.work, "upload-2023")
    subprocess.run([binary, "generate", "--la", "876", "--year", "2023", "--seed", "5", "--out", upload_dir],
                   check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    proc, passwords = start_demo(binary, args.work, port)
    driver = browser()
    c = Check(driver, f"http://localhost:{port}", args.shots)
    try:
        print("analyst")
        c.go("/")
        c.expect("/sign-in" in driver.current_url, "signed-out visitors are sent to sign in")
        c.sign_in("analyst", "wrong password")
        c.wait_for(".error-summary")
        c.expect("Enter a correct user name and password" in driver.page_source, "a wrong password is refused with a message")
        c.shot("sign-in-error")
        c.sign_in("analyst", passwords["analyst"])
        c.wait_for("li.tile")
        tiles = driver.find_elements(By.CSS_SELECTOR, "li.tile")
        c.expect(len(tiles) >= 20, f"the overview shows a tile per indicator ({len(tiles)})")
        c.expect(len(driver.find_elements(By.CSS_SELECTOR, "li.tile svg.sparkline")) >= 10, "tiles carry sparklines")
        panel = driver.find_element(By.ID, "key-messages")
        c.expect("Draft" in panel.text and len(panel.find_elements(By.CSS_SELECTOR, "li a[href^='/indicators/']")) >= 1,
                 "the overview opens with the draft key messages, each indicator's linked to its page")
        c.shot("overview-analyst")

        c.submit(driver.find_element(By.CSS_SELECTOR, "#tile-rereferrals_12m a"), "figure svg")
        c.expect("Re-referrals" in driver.find_element(By.TAG_NAME, "h1").text, "the indicator page opens from its tile")
        c.expect(len(driver.find_elements(By.CSS_SELECTOR, "figure svg")) == 3, "the run, trend and neighbour charts are drawn")
        run = driver.find_elements(By.CSS_SELECTOR, "figure svg")[0]
        months = len(run.find_elements(By.CSS_SELECTOR, "circle[fill='#1d70b8']"))
        c.expect(months >= 24, f"the run chart has a point for each month held ({months})")
        # The period selector changes the page's figure: a quarter of the in-year extract.
        options = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#period optgroup[label='Quarters'] option")]
        c.expect(len(options) >= 8, "the period selector offers the quarters held")
        Select(driver.find_element(By.ID, "period")).select_by_value(options[-1])
        c.submit(driver.find_element(By.CSS_SELECTOR, "#period-form button"), "#period")
        c.expect(options[-1] in driver.current_url and "Q" in driver.find_element(By.CSS_SELECTOR, ".headline").text,
                 "the chosen quarter's figure heads the page")
        c.shot("indicator-quarter")
        driver.back()
        c.wait_for("figure svg")
        c.shot("indicator-rereferrals")

        c.submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Children and events behind"), "#members")
        rows = driver.find_elements(By.CSS_SELECTOR, "#members tbody tr")
        c.expect(len(rows) > 50, f"the drill-down lists the referrals behind the figure ({len(rows)})")
        c.shot("drill-down")

        c.go("/data")
        files = sorted(os.path.join(upload_dir, f) for f in os.listdir(upload_dir))
        driver.find_element(By.ID, "files").send_keys("\n".join(files))
        driver.find_element(By.ID, "upload").click()
        # The demo runs with --upload-wait 0: the upload goes by its progress page, which refreshes
        # itself (no JavaScript) until it shows the result.
        c.wait_for("#upload-progress, #result-heading", seconds=120)
        c.expect("/data/uploads/" in driver.current_url, "the upload has a page of its own")
        c.expect(driver.find_elements(By.ID, "upload-progress"), "a long upload shows that it is working")
        c.expect("Receiving the files: done" in driver.find_element(By.ID, "upload-steps").text, "the progress page names the steps done")
        c.shot("upload-progress")
        c.wait_for("#result-heading", seconds=120)
        heading = driver.find_element(By.ID, "result-heading").text
        c.expect(heading == "Returns stored", f"the uploaded 2022-23 returns are stored ({heading})")
        c.shot("upload-result")
        c.go("/indicators/rereferrals_12m")
        c.expect("2022-23" in driver.page_source, "the uploaded year appears in the indicator's figures")
        c.sign_out()
        c.wait_for("#username")
        c.expect("/sign-in" in driver.current_url, "sign out returns to the sign-in page")

        print("manager: an action against a finding")
        c.sign_in("manager", passwords["manager"])
        c.wait_for("li.tile")
        c.go("/programme/coverage")
        c.wait_for("#unanswered")
        unanswered = driver.find_elements(By.CSS_SELECTOR, "div[id^='unanswered-']")
        c.expect(len(unanswered) >= 1, f"the coverage view lists findings with no action ({len(unanswered)})")
        finding = unanswered[0].get_attribute("id").removeprefix("unanswered-")
        c.shot("coverage-before")
        c.go("/programme/plan")
        c.wait_for("#add-action")
        # First without a title: the form comes back with the error summary and everything typed kept.
        driver.find_element(By.ID, "owner").send_keys("Head of Service, Children in Care")
        # Dates are typed as day, month and year (GOV.UK's date input), whatever the browser's locale.
        for part, value in [("day", "30"), ("month", "6"), ("year", "2027")]:
            driver.find_element(By.ID, "due-" + part).send_keys(value)
        box = driver.find_element(By.ID, "nf-" + finding)
        driver.execute_script("arguments[0].scrollIntoView()", box)
        box.click()
        c.submit(driver.find_element(By.XPATH, "//button[text()='Add action']"), ".error-summary")
        summary = driver.find_element(By.CSS_SELECTOR, ".error-summary")
        c.expect("There is a problem" in summary.text and "Enter the action" in summary.text, f"the error summary names the missing title: {summary.text}")
        c.expect(summary.find_element(By.TAG_NAME, "a").get_attribute("href").endswith("#title"), "the summary links to the title field")
        c.expect(driver.find_element(By.ID, "owner").get_attribute("value") == "Head of Service, Children in Care", "the owner typed is kept")
        c.expect([driver.find_element(By.ID, "due-" + p).get_attribute("value") for p in ("day", "month", "year")] == ["30", "6", "2027"],
                 "the due date typed is kept")
        c.expect(driver.find_element(By.ID, "nf-" + finding).is_selected(), "the finding ticked is still ticked")
        c.expect(driver.title.startswith("Error: "), "the page title says there is an error")
        c.shot("form-error-kept")
        driver.find_element(By.ID, "title").send_keys("Audit the quality of return home interviews each month")
        c.submit(driver.find_element(By.XPATH, "//button[text()='Add action']"), "#progress")
        c.expect("Audit the quality of return home interviews" in driver.find_element(By.TAG_NAME, "h1").text, "the new action has its page")
        c.expect(finding in driver.page_source, f"the action is traced to finding {finding}")
        action_url = driver.current_url.split("#")[0]
        c.shot("action-added")
        c.go("/programme/coverage")
        c.wait_for("#unanswered")
        c.expect(not driver.find_elements(By.ID, "unanswered-" + finding), f"coverage no longer lists {finding} as unanswered")
        c.shot("coverage-after")

        print("manager: a local measure — '% of staff who feel valued', three quarters by CSV, a target, a trajectory")
        c.go("/measures")
        c.wait_for("h1")
        c.submit(driver.find_element(By.LINK_TEXT, "Create a measure"), "#mtitle")
        driver.find_element(By.ID, "mtitle").send_keys("% of staff who feel valued")
        driver.find_element(By.ID, "mdef").send_keys("Staff answering agree or strongly agree to 'I feel valued' in the quarterly staff survey, of those answering.")
        Select(driver.find_element(By.ID, "munit")).select_by_value("percentage")
        Select(driver.find_element(By.ID, "mfreq")).select_by_value("quarterly")
        Select(driver.find_element(By.ID, "marea")).select_by_value("workforce")
        driver.find_element(By.ID, "msource").send_keys("Quarterly staff survey")
        c.submit(driver.find_element(By.XPATH, "//button[text()='Save the measure']"), "#measure-value")
        measure_path = driver.current_url.replace(c.base, "").split("?")[0]
        c.expect(measure_path == "/measures/local_percent_of_staff_who_feel_valued", f"the measure has its page ({measure_path})")
        values_csv = os.path.join(args.work, "staff-valued.csv")
        with open(values_csv, "w", newline="") as out:
            out.write("Period,Value,Note\r\n2025-26 Q4,58%,Spring survey\r\nQ1 2026-27,61,\r\n2026-27-Q2,64,Autumn survey\r\n")
        upload = driver.find_element(By.ID, "vfile")
        driver.execute_script("arguments[0].scrollIntoView()", upload)
        upload.send_keys(values_csv)
        c.submit(driver.find_element(By.XPATH, "//button[text()='Upload']"), "#measure-values")
        rows = driver.find_elements(By.CSS_SELECTOR, "#measure-values tbody tr")
        c.expect(len(rows) == 3 and driver.find_element(By.ID, "measure-value").text == "64.0%",
                 f"three quarters uploaded, the latest 64.0% ({len(rows)} rows)")
        c.submit(driver.find_element(By.LINK_TEXT, "Target and its history"), "#ttarget")
        driver.find_element(By.ID, "ttarget").send_keys("70")
        driver.find_element(By.ID, "ttol").send_keys("5")
        for part, value in [("day", "1"), ("month", "4"), ("year", "2026")]:
            box = driver.find_element(By.ID, "tfrom-" + part)
            box.clear()
            box.send_keys(value)
        driver.find_element(By.ID, "treason").send_keys("Recruitment and retention strategy")
        c.submit(driver.find_element(By.XPATH, "//button[text()='Set the target']"), "#target-history")
        c.expect("Target 70.0%, amber within 5.0%" in driver.find_element(By.ID, "target-in-force").text, "the target is in force, its history kept")
        c.shot("measure-target")
        c.go(action_url.replace(c.base, ""))
        c.wait_for("#tind")
        Select(driver.find_element(By.ID, "tind")).select_by_value("local_percent_of_staff_who_feel_valued")
        driver.find_element(By.ID, "tb").send_keys("58")
        driver.find_element(By.ID, "tt").send_keys("76")
        for prefix, (d, m, y) in [("tbd", ("31", "3", "2026")), ("ttd", ("31", "3", "2027"))]:
            for part, value in zip(("day", "month", "year"), (d, m, y)):
                driver.find_element(By.ID, f"{prefix}-{part}").send_keys(value)
        c.submit(driver.find_element(By.XPATH, "//button[text()='Set trajectory']"), "#progress")
        c.expect("% of staff who feel valued" in driver.page_source and "off trajectory" in driver.page_source,
                 "the action carries the measure, off its trajectory (64% against the line's 67%)")
        c.go(measure_path)
        c.wait_for("#measure-rag")
        c.expect(driver.find_element(By.ID, "measure-rag").text.lower() == "red", "64% against a target of 70 (amber within 5) is red")
        c.shot("measure-page")

        print("manager: commentary for the improvement board's next pack")
        c.go("/programme/boards")
        c.submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Improvement Board"), "table")
        # The next meeting: the last scheduled one in the list is the nearest (newest first).
        scheduled = driver.find_elements(By.XPATH, "//table//tbody/tr[.//span[contains(., 'scheduled')]]/td/a")
        c.expect(len(scheduled) >= 1, "the improvement board has a scheduled meeting")
        c.submit(scheduled[-1], "#board-pack")
        c.submit(driver.find_element(By.ID, "board-pack"), "#save-pack-text")
        commentary = "Late conferences follow delayed strategy discussions; a second chair starts in January."
        field = driver.find_element(By.ID, "c-icpc_15wd")
        field.clear()
        field.send_keys(commentary)
        driver.execute_script("arguments[0].scrollIntoView()", driver.find_element(By.ID, "save-pack-text"))
        c.submit(driver.find_element(By.ID, "save-pack-text"), "#read-pack")
        c.expect(commentary in driver.page_source, "the commentary is saved with the meeting's pack")
        pack_page = driver.current_url.split("#")[0]
        c.shot("board-pack-page")
        c.submit(driver.find_element(By.ID, "read-pack"), "section#indicators")
        c.expect(commentary in driver.page_source, "the commentary is in the pack")
        for heading in ["Purpose of the report", "Progress on the improvement plan", "Workforce", "Sufficiency and budget", "Implications"]:
            c.expect(heading in driver.page_source, f"the pack has its section '{heading}'")
        c.shot("board-pack")
        print("manager: rewords the key messages")
        c.go(pack_page.replace(c.base, ""))
        c.wait_for("#key-messages")
        driver.find_element(By.CSS_SELECTOR, "details.details summary").click()
        field = driver.find_element(By.ID, "km-exceptions")
        generated = field.get_attribute("value")
        c.expect("(red)." in generated.split("\n")[0], "Hearth's key messages start with a red indicator")
        key_message = "Agency social workers: twelve offered permanent posts since the last board."
        field.send_keys(Keys.END + "\n" + key_message)
        driver.execute_script("arguments[0].scrollIntoView()", driver.find_element(By.ID, "save-key-messages"))
        c.submit(driver.find_element(By.ID, "save-key-messages"), "#key-messages")
        c.expect(key_message in driver.page_source and "reworded" in driver.page_source, "the reworded key messages are kept")
        c.shot("key-messages")
        print("manager: signs off and issues the pack")
        c.wait_for("#sign-off-pack")
        c.submit(driver.find_element(By.ID, "sign-off-pack"), "#issue-pack")
        c.expect("Signed off by manager" in driver.page_source, "the sign-off says who")
        driver.find_element(By.ID, "reason").send_keys("For the improvement board and the lead member.")
        c.submit(driver.find_element(By.ID, "issue-pack"), ".issued-html")
        c.expect("Pack issued" in driver.page_source and "SHA-256" in driver.page_source, "version 1 is issued with its files' SHA-256")
        c.shot("board-pack-issued")
        print("manager: writes the self-evaluation and issues it")
        sef_summary = "We know the front door now decides contacts within a day, because our audits and the re-referral rate say so."
        c.go("/sef")
        c.wait_for("#sef-form")
        driver.find_element(By.ID, "summary").send_keys(sef_summary)
        c.submit(driver.find_element(By.ID, "save-sef"), "h1")
        c.expect(sef_summary in driver.page_source and "What do we know about the quality and impact of social work practice" in driver.page_source,
                 "the saved self-evaluation has the summary and Ofsted's three questions")
        c.go("/sef")
        c.wait_for("#sef-versions")
        c.submit(driver.find_element(By.XPATH, "//button[starts-with(text(), 'Issue version')]"), "#sef-versions")
        c.expect("issued by manager" in driver.find_element(By.ID, "sef-versions").text.lower(), "the self-evaluation is issued")
        c.shot("sef-issued")
        c.go("/programme")
        c.wait_for(".rag-counts")
        c.sign_out()
        c.wait_for("#username")

        print("board secretary: a resolution and an action arising")
        c.sign_in("secretary", passwords["secretary"])
        c.wait_for("li.tile")
        c.go("/programme/boards")
        c.submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Improvement Board"), "table")
        # The latest meeting held (a scheduled one is tagged so).
        c.submit(driver.find_element(By.XPATH, "//table//tbody/tr[not(.//span[contains(., 'scheduled')])]/td/a"), "#resolution")
        resolution = "That the board notes the progress on return home interviews and asks for an update at its next meeting."
        field = driver.find_element(By.ID, "resolution")
        field.clear()
        field.send_keys(resolution)
        c.submit(driver.find_element(By.XPATH, "//button[text()='Record resolution']"), "#resolutions")
        c.expect(resolution in driver.page_source, "the resolution is recorded on the meeting")
        driver.find_element(By.ID, "arising-text").send_keys("Bring the return home interview audit results")
        driver.find_element(By.ID, "arising-owner").send_keys("Head of Service, Children in Care")
        # The head of service is the demo's contributor user: named, they see it under My actions.
        Select(driver.find_element(By.ID, "arising-owner-user")).select_by_value("contributor")
        # The due date is three boxes (day, month, year), as GOV.UK's date pattern has it.
        for part, value in (("day", "31"), ("month", "1"), ("year", "2027")):
            driver.find_element(By.ID, f"arising-due-{part}").send_keys(value)
        c.submit(driver.find_element(By.XPATH, "//button[text()='Record action arising']"), "#arising")
        c.expect("Bring the return home interview audit results" in driver.page_source, "the action arising is recorded")
        meeting_url = driver.current_url.split("#")[0]
        c.shot("meeting-recorded")
        c.sign_out()
        c.wait_for("#username")

        print("contributor: a head of service reports progress on their own action")
        c.sign_in("contributor", passwords["contributor"])
        c.wait_for("li.tile")
        c.submit(driver.find_element(By.LINK_TEXT, "My actions"), "#counts")
        c.expect("Bring the return home interview audit results" in driver.page_source and "due 31 January 2027" in driver.page_source,
                 "the action arising the secretary named them on is under My actions, with its due date")
        c.expect(driver.find_elements(By.CSS_SELECTOR, "a[href='/my-actions/calendar.ics']"), "My actions offers the calendar file")
        forms = driver.find_elements(By.CSS_SELECTOR, "form[action$='/notes']")
        c.expect(len(forms) >= 1, "each of their open plan actions has a progress form")
        # Every plan action they own, open or complete, is linked from the page.
        owned = {a.get_attribute("href").split("#")[0].rstrip("/").split("/")[-1]
                 for a in driver.find_elements(By.CSS_SELECTOR, "a[href*='/programme/plan/actions/']")}
        action_id = forms[0].get_attribute("action").rstrip("/").split("/")[-2]
        progress = "Return home interviews are now offered within 72 hours for every child who went missing this month."
        forms[0].find_element(By.TAG_NAME, "textarea").send_keys(progress)
        Select(forms[0].find_element(By.TAG_NAME, "select")).select_by_value("in progress")
        c.submit(forms[0].find_element(By.XPATH, ".//button[text()='Add progress note']"), ".notification-success")
        c.expect("Progress note added." in driver.find_element(By.CSS_SELECTOR, ".notification-success").text, "the note is added")
        c.shot("my-actions")
        c.go("/programme/plan/actions/" + action_id)
        c.wait_for("#progress")
        c.expect(progress in driver.page_source and "contributor" in driver.page_source, "the note is on the action, by the contributor")
        c.expect(driver.find_elements(By.ID, "note") and not driver.find_elements(By.ID, "atitle"),
                 "on their own action the contributor reports progress but cannot change the action itself")
        c.go("/programme/plan")
        others = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href*='/programme/plan/actions/']")
                  if a.get_attribute("href").rstrip("/").split("/")[-1] not in owned]
        c.expect(others, "the plan has actions the contributor does not own")
        c.go(others[0].replace(c.base, ""))
        c.wait_for("#progress")
        c.expect(not driver.find_elements(By.ID, "note"), "on another owner's action the contributor has no progress form")
        c.shot("action-not-theirs")
        c.sign_out()
        c.wait_for("#username")

        print("board member")
        c.sign_in("board", passwords["board"])
        c.wait_for("li.tile")
        c.expect(len(driver.find_elements(By.CSS_SELECTOR, "li.tile")) >= 20, "a board member sees the overview")
        panel = driver.find_element(By.ID, "key-messages").text
        c.expect("As issued (version 1" in panel and key_message in panel,
                 "the overview opens with the key messages of the pack issued to the board, as reworded")
        c.shot("overview-board")
        c.go("/indicators/rereferrals_12m")
        c.expect("Children and events behind" not in driver.page_source, "no drill-down links for a board member")
        c.expect(not re.search(r"\bC\d{7}\b", driver.page_source), "no child identifier on the indicator page")
        c.shot("indicator-board")
        c.go("/indicators/rereferrals_12m/children?period=2024-25")
        c.expect("You do not have access" in driver.page_source, "the drill-down is refused to a board member")
        c.expect(not re.search(r"\bC\d{7}\b", driver.page_source), "the refusal shows no child identifier")
        c.shot("drill-down-refused")
        c.go(meeting_url.replace(c.base, ""))
        c.wait_for("#resolutions")
        c.expect(resolution in driver.page_source, "a board member reads the resolution")
        c.expect(not driver.find_elements(By.ID, "resolution"), "a board member cannot record on the meeting")
        c.go(pack_page.replace(c.base, ""))
        c.wait_for(".issued-html")
        c.expect(not driver.find_elements(By.ID, "save-pack-text"), "a board member cannot write the pack")
        c.expect(not driver.find_elements(By.ID, "read-pack"), "a board member is not offered the draft")
        c.submit(driver.find_element(By.CSS_SELECTOR, ".issued-html"), "section#indicators")
        source = driver.page_source
        first_item = re.search(r"Needs the board(?:'|&#39;|&#x27;|’)s attention</h3>\s*<ul[^>]*>\s*<li[^>]*>(.*?)</li>", source, re.S)
        c.expect(source.find("Key messages") < source.find("Regulatory position"), "the issued pack opens with the key messages")
        c.expect(first_item is not None and "(red)." in first_item.group(1), "a board member sees the red indicators first")
        c.expect(key_message in source, "the manager's wording is in the issued pack")
        c.expect(commentary in driver.page_source and not re.search(r"\bC\d{7}\b", driver.page_source),
                 "a board member reads the pack, with no child identifier in it")
        c.expect("% of staff who feel valued" in source, "the issued pack carries the local measure")
        c.go("/measures/local_percent_of_staff_who_feel_valued")
        c.wait_for("#measure-rag")
        c.expect(driver.find_element(By.ID, "measure-value").text == "64.0%" and driver.find_element(By.ID, "measure-rag").text.lower() == "red",
                 "a board member reads the measure with its RAG")
        c.expect(not driver.find_elements(By.ID, "vfile"), "a board member cannot enter values")
        c.go("/sef")
        c.wait_for("#sef-versions")
        c.submit(driver.find_element(By.XPATH, "//table[@id='sef-versions']//a[text()='Read']"), "h1")
        c.expect(sef_summary in driver.page_source and not re.search(r"\bC\d{7}\b", driver.page_source),
                 "a board member reads the issued self-evaluation, with no child identifier in it")
        c.shot("sef-board")
        c.go("/programme")
        c.wait_for(".rag-counts")
        c.expect("Inadequate" in driver.page_source, "the regulatory position shows the inadequate judgement")
        c.shot("programme-board")
        c.go("/programme/timeline")
        c.wait_for(".timeline")
        c.shot("timeline")
        c.go("/workforce")
        c.wait_for("#measures")
        c.expect("Uncovered vacancy gap" in driver.page_source, "a board member sees the workforce measures and the uncovered gap")
        c.shot("workforce-board")
        c.go("/sufficiency")
        c.wait_for("#groups")
        c.expect("/sufficiency/high-cost" not in driver.page_source and not re.search(r"\bC\d{7}\b", driver.page_source),
                 "placements are aggregate for a board member")
        c.shot("sufficiency-board")
        c.go("/data")
        c.expect("You do not have access" in driver.page_source, "the data pages are refused to a board member")
        c.go("/admin/audit")
        c.expect("You do not have access" in driver.page_source, "the audit log is refused to a board member")
        c.sign_out()
        c.wait_for("#username")

        print("admin")
        c.sign_in("admin", passwords["admin"])
        c.wait_for("li.tile")
        c.go("/admin/audit")
        c.expect("view child-level list" in driver.page_source and "drill-down rereferrals_12m" in driver.page_source,
                 "the analyst's drill-down view is in the audit log")
        c.shot("audit-log")
        print("admin: a user added, then removed only after confirming")
        c.go("/admin/users")
        driver.find_element(By.ID, "name").send_keys("leaver")
        driver.find_element(By.ID, "role-viewer").click()
        driver.find_element(By.ID, "password").send_keys("a long enough secret")
        c.submit(driver.find_element(By.XPATH, "//button[text()='Add user']"), ".notification-success")
        c.expect("User added." in driver.find_element(By.CSS_SELECTOR, ".notification-success").text, "adding a user says so")
        row = driver.find_element(By.XPATH, "//tr[td[1][text()='leaver']]")
        c.submit(row.find_element(By.XPATH, ".//button[text()='Remove']"), "h1")
        c.expect(driver.find_element(By.TAG_NAME, "h1").text == "Remove leaver?", "removing a user asks first")
        c.shot("confirm-remove-user")
        c.submit(driver.find_element(By.LINK_TEXT, "Cancel"), "table")
        c.expect(driver.find_elements(By.XPATH, "//tr[td[1][text()='leaver']]"), "cancelling keeps the user")
        c.submit(driver.find_element(By.XPATH, "//tr[td[1][text()='leaver']]//button[text()='Remove']"), "h1")
        c.submit(driver.find_element(By.XPATH, "//button[text()='Remove leaver']"), ".notification-success")
        c.expect(not driver.find_elements(By.XPATH, "//tr[td[1][text()='leaver']]"), "confirming removes the user")
        print("browser test passed")
    finally:
        driver.quit()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
