// Start GOV.UK Frontend's components (a module script, so it runs only where JavaScript does).
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
