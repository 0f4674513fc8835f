package io.stockledger.inventory.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.stockledger.inventory.command.reservation.Reservation;
import io.stockledger.inventory.command.reservation.ReservationCommandHandler;
import io.stockledger.inventory.command.transfer.Transfer;
import io.stockledger.inventory.command.transfer.TransferCommandHandler;
import io.stockledger.inventory.command.stock.StockItem;
import io.stockledger.inventory.command.warehouse.Warehouse;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of docs/architecture.md, enforced. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stockledger.inventory");

    @Test
    void querySideNeverUsesAnAggregateOrTheCommandProcess() {
        noClasses().that().resideInAPackage("io.stockledger.inventory.query..")
                .should().dependOnClassesThat().belongToAnyOf(StockItem.class, Warehouse.class, Reservation.class,
                        ReservationCommandHandler.class, Transfer.class, TransferCommandHandler.class)
                .check(CLASSES);
    }

    @Test
    void writeSideNeverDependsOnTheReadSideOrTheService() {
        noClasses().that().resideInAPackage("io.stockledger.inventory.command..")
                .should().dependOnClassesThat().resideInAnyPackage("io.stockledger.inventory.query..",
                        "io.stockledger.inventory.api..")
                .check(CLASSES);
    }

    @Test
    void readSideNeverDependsOnTheService() {
        noClasses().that().resideInAPackage("io.stockledger.inventory.query..")
                .should().dependOnClassesThat().resideInAPackage("io.stockledger.inventory.api..")
                .check(CLASSES);
    }

    @Test
    void messagesAreRecordsFreeOfSpringAndPersistence() {
        classes().that().resideInAPackage("io.stockledger.inventory.command..")
                .and().haveSimpleNameNotEndingWith("Exception")
                .and().areNotAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .and().haveSimpleNameNotEndingWith("CommandHandler")
                .and().areTopLevelClasses()
                .and().areNotInterfaces().and().areNotEnums()
                .and(new DescribedPredicate<JavaClass>("can be instantiated (utility classes cannot)") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getConstructors().stream().anyMatch(k -> k.getModifiers().contains(JavaModifier.PUBLIC));
                    }
                })
                .should().beRecords()
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.stockledger.inventory.command..")
                .and().areNotAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..")
                .check(CLASSES);
    }
}
