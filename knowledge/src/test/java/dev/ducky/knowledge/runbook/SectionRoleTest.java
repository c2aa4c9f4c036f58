package dev.ducky.knowledge.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionRoleTest {
    @ParameterizedTest
    @CsvSource({
        "Meaning, MEANING", "Symptoms, MEANING", "Overview, MEANING", "Description, MEANING", "Summary, MEANING",
        "Customer impact, IMPACT",
        "Diagnosis, DIAGNOSIS", "Investigation steps, DIAGNOSIS", "Troubleshooting, DIAGNOSIS",
        "Debugging, DIAGNOSIS",
        "Mitigation, MITIGATION", "Remediation, MITIGATION", "Resolution, MITIGATION", "How to fix, MITIGATION",
        "Workaround, MITIGATION", "Rollback, MITIGATION", "Roll back the release, MITIGATION",
        "Escalation, ESCALATION", "Contacts, ESCALATION", "Owners, ESCALATION",
        "Dashboards, OTHER", "Test fixtures, OTHER", "DNS resolver errors, OTHER",
        "Impact and mitigation, IMPACT", "Mitigation: contact the owners, MITIGATION"
    })
    void guessesTheRoleFromTheHeading(String heading, SectionRole role) {
        assertEquals(role, SectionRole.fromHeading(heading));
    }
}
