package dev.ducky.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the query tree is layered, bottom up: what every language's parser returns (query.analysis) and
 * people's words (query.words); the PromQL and LogQL parsers (query.promql, query.logql); the languages and
 * their parsers (dev.ducky.query); the catalog, worked examples, team history and links; the translator and
 * its recipes; and the application's wiring on top (query.setup). The copilot uses the query tree, never the
 * other way round.
 */
@AnalyzeClasses(packages = "dev.ducky.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryArchitectureTest {
    private static final String[] PARSERS = {"dev.ducky.query.promql..", "dev.ducky.query.logql.."};

    // Only the query tree is imported; "(**)" captures the whole package name, so each package is a slice.
    @ArchTest
    static final ArchRule queryPackagesHaveNoCycles = slices().matching("dev.ducky.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs one above it can no longer be understood, tested or moved on its own");

    @ArchTest
    static final ArchRule parsersStayInsideTheQueryTree = noClasses().that().resideInAnyPackage(PARSERS)
            .should().dependOnClassesThat(resideInAPackage("dev.ducky..").and(resideOutsideOfPackage("dev.ducky.query..")))
            .because("the PromQL and LogQL parsers check queries, offline and fast; nothing of the copilot, the"
                    + " settings or the application belongs in them");

    @ArchTest
    static final ArchRule parsersKnowOnlyTheirContract = classes().that().resideInAnyPackage(PARSERS)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.ducky.query..")
                    .or(resideInAnyPackage("dev.ducky.query.analysis..")).or(resideInAnyPackage(PARSERS)))
            .because("each parser implements query.analysis and knows nothing of what is built on it (catalog,"
                    + " translator, links), so a language can be changed or lifted out on its own");

    @ArchTest
    static final ArchRule queryTreeStaysOutOfTheCopilot = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.ducky.incident..", "dev.ducky.conversation..",
                    "dev.ducky.copilot..", "dev.ducky.coach..", "dev.ducky.slack..", "dev.ducky.console..",
                    "dev.ducky.support..", "dev.ducky.persistence..", "com.slack..")
            .because("reading, explaining and writing queries is a capability the copilot uses: it takes and returns"
                    + " plain records, keeps no incident state, and runs without Slack or a database (the coach"
                    + " keeps the team's queries and hands them in as TeamHistory)");

    @ArchTest
    static final ArchRule onlyTheSetupReadsTheApplication = noClasses()
            .that().resideOutsideOfPackage("dev.ducky.query.setup..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ducky.config..", "dev.ducky.retrieval..")
            .because("query.setup turns the settings and the indexed runbooks into plain values; everything"
                    + " below it can be built by the command line or a test without the application");
}
