package dev.ducky.coach;

import static dev.ducky.coach.FakeRunbooks.runbook;

import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;

/** A small shop's runbooks: checkout (with an alert and an owner), the orders database, and the incident process. */
final class ShopRunbooks {
    static final String CHECKOUT = "checkout.md";
    static final String ORDERS_DB = "orders-db.md";
    static final String ALERT = "CheckoutHighErrorRate";

    private static final FakeRunbooks.Runbook CHECKOUT_RUNBOOK = runbook(CHECKOUT, "Checkout").services("checkout")
            .alerts(ALERT).owners("@checkout-oncall");
    static final SearchHit CHECKOUT_SYMPTOMS = CHECKOUT_RUNBOOK.section("Symptoms", SectionRole.MEANING,
            "Customers see errors when paying at checkout.");
    static final SearchHit CHECKOUT_IMPACT = CHECKOUT_RUNBOOK.section("Impact", SectionRole.IMPACT,
            "Customers cannot complete orders; their carts are kept.");
    static final SearchHit CHECKOUT_DIAGNOSIS = CHECKOUT_RUNBOOK.section("Diagnosis", SectionRole.DIAGNOSIS, """
            1. Compare the error rate before and after the last deploy.
            2. Check the payment provider status page.""");
    static final SearchHit CHECKOUT_MITIGATION = CHECKOUT_RUNBOOK.section("Mitigation", SectionRole.MITIGATION, """
            1. Roll back the last checkout deploy.
            2. Disable the new pricing flag.""");
    static final SearchHit CHECKOUT_ESCALATION = CHECKOUT_RUNBOOK.section("Escalation", SectionRole.ESCALATION,
            "Page the checkout on-call; for payment provider trouble, the payments team.");

    private static final FakeRunbooks.Runbook ORDERS_RUNBOOK = runbook(ORDERS_DB, "Orders database")
            .services("orders-db").owners("@dba-oncall");
    static final SearchHit ORDERS_DIAGNOSIS = ORDERS_RUNBOOK.section("Diagnosis", SectionRole.DIAGNOSIS, """
            1. Check connection pool usage on the orders database.
            2. Look for long-running transactions.""");
    static final SearchHit ORDERS_MITIGATION = ORDERS_RUNBOOK.section("Mitigation", SectionRole.MITIGATION, """
            1. Kill the long-running transactions.
            2. Never scale out the order workers: more workers make pool exhaustion worse.""");
    static final SearchHit ORDERS_ESCALATION = ORDERS_RUNBOOK.section("Escalation", SectionRole.ESCALATION,
            "Page the database on-call.");

    private static final FakeRunbooks.Runbook PROCESS = runbook("incident-process.md", "Incident process");
    static final SearchHit PROCESS_ROLES = PROCESS.section("Roles", SectionRole.OTHER,
            "The incident commander assigns roles: one person communicates, one investigates.");
    static final SearchHit PROCESS_UPDATES = PROCESS.section("Status updates", SectionRole.OTHER,
            "Post a status update for stakeholders every 30 minutes.");

    private ShopRunbooks() {
    }

    /** Every section above. */
    static FakeRunbooks all() {
        return FakeRunbooks.of(CHECKOUT_SYMPTOMS, CHECKOUT_IMPACT, CHECKOUT_DIAGNOSIS, CHECKOUT_MITIGATION,
                CHECKOUT_ESCALATION, ORDERS_DIAGNOSIS, ORDERS_MITIGATION, ORDERS_ESCALATION, PROCESS_ROLES,
                PROCESS_UPDATES);
    }

    /** The service runbooks without the process guide. */
    static FakeRunbooks services() {
        return FakeRunbooks.of(CHECKOUT_SYMPTOMS, CHECKOUT_IMPACT, CHECKOUT_DIAGNOSIS, CHECKOUT_MITIGATION,
                CHECKOUT_ESCALATION, ORDERS_DIAGNOSIS, ORDERS_MITIGATION, ORDERS_ESCALATION);
    }
}
