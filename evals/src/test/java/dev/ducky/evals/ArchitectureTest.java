package dev.ducky.evals;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the evals module is layered: the replay interface (replay) at the bottom, what is scored and which
 * rules hold (score, rules), the scenario files (scenario), the check of every message against the rules
 * (invariants), running a suite (run) and its reports (report) on top; the HTTP driver (http) and the Slack
 * export importer (slackexport) beside them.
 */
@AnalyzeClasses(packages = "dev.ducky.evals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // "(**)" captures the whole package name below dev.ducky, so every package is a slice of its own.
    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.ducky.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs one above it can no longer be understood, tested or moved on its own");

    @ArchTest
    static final ArchRule standsAlone = noClasses()
            .should().dependOnClassesThat(resideInAPackage("dev.ducky..").and(resideOutsideOfPackage("dev.ducky.evals..")))
            .orShould().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "com.slack..")
            .because("evals judges Ducky from outside: it depends on no other Ducky module, and replays through its"
                    + " own interface or over HTTP like Slack would, without Micronaut or the Slack SDK"
                    + " (DESIGN.md: Modules)");

    @ArchTest
    static final ArchRule replayInterfaceIsTheBottom = classes().that().resideInAPackage("dev.ducky.evals.replay..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.ducky.evals..")
                    .or(resideInAPackage("dev.ducky.evals.replay..")))
            .because("the bot implements the replay interface in-process: whatever it names, the bot has to"
                    + " depend on too");
}
