package dev.ducky.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ducky.copilot.Addressing;
import dev.ducky.copilot.Copilot;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.inbox.InboxRepository;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Stage;

/**
 * The bot's layering, as the architecture states it (DESIGN.md, "One front door"): every channel adapter goes
 * through the front door and decides nothing itself; the conversation records sit at the bottom; only the
 * copilot reaches the support flow; Slack's types stay in the Slack adapter; no package depends on itself in a
 * circle.
 */
@AnalyzeClasses(packages = "dev.ducky", importOptions = ImportOption.DoNotIncludeTests.class)
class FrontDoorArchitectureTest {
    private static final String[] ADAPTERS = {"dev.ducky.slack..", "dev.ducky.console..", "dev.ducky.replay.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.ducky.(**)").should().beFreeOfCycles()
            .because("each package is one concept that builds on the ones below it");

    @ArchTest
    static final ArchRule adaptersDoNotRoute = noClasses().that().resideInAnyPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("dev.ducky.coach..", "dev.ducky.language..",
                    "dev.ducky.support..", "dev.ducky.incident..", "dev.ducky.query..", "dev.ducky.retrieval..")
            .orShould().dependOnClassesThat().belongToAnyOf(Copilot.class, Addressing.class, InboxRepository.class,
                    AskedThreads.class)
            .because("Slack, the console and the replays only translate to and from the front door, so the eval "
                    + "suite replays exactly what Slack users get");

    @ArchTest
    static final ArchRule recordsAtTheBottom = classes().that().resideInAPackage("dev.ducky.conversation..")
            .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "the JDK, annotations, other conversation records, or the vocabulary of moves",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getPackageName().startsWith("dev.ducky")
                            || c.getPackageName().startsWith("dev.ducky.conversation")
                            || c.isEquivalentTo(Move.class) || c.isEquivalentTo(Stage.class)))
            .because("every part of Ducky speaks in these records; they import nothing of Ducky's but the moves "
                    + "they carry in their traces");

    @ArchTest
    static final ArchRule onlyTheCopilotReachesSupport = classes().that().resideInAPackage("dev.ducky.support..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("dev.ducky.support..", "dev.ducky.copilot..")
            .because("the copilot is the one place that decides which part of Ducky answers");

    @ArchTest
    static final ArchRule slackTypesStayInTheSlackAdapter = noClasses().that()
            .resideOutsideOfPackage("dev.ducky.slack..").should().dependOnClassesThat().resideInAPackage("com.slack..")
            .because("the core takes and returns plain records, so it can be driven without Slack");
}
