package dev.ducky.knowledge;

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
 * How the knowledge module is layered: a runbook is parsed into sections (runbook), alert rules are read
 * beside it (alerts), text becomes vectors (embedding), sections are indexed and searched (index), and
 * LangChain4j's retriever sits on top (rag). It stands alone: the bot and the other modules use it, never
 * the other way round.
 */
@AnalyzeClasses(packages = "dev.ducky.knowledge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // "(**)" captures the whole package name below dev.ducky, so every package is a slice of its own.
    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.ducky.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs one above it can no longer be understood, tested or moved on its own");

    @ArchTest
    static final ArchRule standsAlone = noClasses()
            .should().dependOnClassesThat(resideInAPackage("dev.ducky..").and(resideOutsideOfPackage("dev.ducky.knowledge..")))
            .orShould().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "com.slack..")
            .because("knowledge depends on no other Ducky module, and indexing or searching runbooks needs neither"
                    + " Micronaut nor Slack (DESIGN.md: Modules)");

    @ArchTest
    static final ArchRule runbooksAreTheBottom = classes().that().resideInAPackage("dev.ducky.knowledge.runbook..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.ducky.knowledge..")
                    .or(resideInAPackage("dev.ducky.knowledge.runbook..")))
            .because("a parsed runbook (sections, breadcrumbs, front matter) is what everything else indexes and"
                    + " cites; parsing one needs no index");

    @ArchTest
    static final ArchRule embeddingKnowsNoRunbooks = classes().that().resideInAPackage("dev.ducky.knowledge.embedding..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.ducky.knowledge..")
                    .or(resideInAPackage("dev.ducky.knowledge.embedding..")))
            .because("the embedding model only turns text into vectors; the index decides what text to embed");

    @ArchTest
    static final ArchRule retrieverIsOnTop = noClasses().that().resideOutsideOfPackage("dev.ducky.knowledge.rag..")
            .should().dependOnClassesThat().resideInAPackage("dev.ducky.knowledge.rag..")
            .because("the LangChain4j ContentRetriever adapts the search for a model; the search works without it");
}
