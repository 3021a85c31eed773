package org.wopplatform.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OptimisticLockException;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.FieldProblems;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.common.StaleEditException;
import org.wopplatform.web.common.Upload;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module structure, written as sentences and checked on every build. */
@AnalyzeClasses(packages = "org.wopplatform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule domainDependsOnlyOnTheJdkJakartaPersistenceValidationAndJspecify = classes().that()
		.resideInAPackage("org.wopplatform.domain..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("org.wopplatform.domain..", "java..", "jakarta.persistence..", "jakarta.validation..",
				"org.jspecify..");

	@ArchTest
	static final ArchRule domainDoesNotKnowTheOtherModules = noClasses().that()
		.resideInAPackage("org.wopplatform.domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.wopplatform.persistence..", "org.wopplatform.reporting..", "org.wopplatform.web..",
				"org.springframework..");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowReportingOrWeb = noClasses().that()
		.resideInAPackage("org.wopplatform.persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.wopplatform.reporting..", "org.wopplatform.web..", "org.springframework.web..",
				"org.springframework.ui..");

	@ArchTest
	static final ArchRule reportingDoesNotKnowWeb = noClasses().that()
		.resideInAPackage("org.wopplatform.reporting..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.wopplatform.web..");

	@ArchTest
	static final ArchRule onlyTheApplicationUsesTheRootPackage = noClasses().that()
		.resideInAnyPackage("org.wopplatform.domain..", "org.wopplatform.persistence..", "org.wopplatform.reporting..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.wopplatform");

	@ArchTest
	static final ArchRule webFeaturesAreFreeOfCycles = slices().matching("org.wopplatform.web.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule packagesOfEveryModuleAreFreeOfCycles = slices().matching("org.wopplatform.(*).(*)..")
		.should()
		.beFreeOfCycles();

	/**
	 * A refused or lost change becomes a page in one place ({@link FormFlow}):
	 * controllers that catch these themselves drift apart (four different sets of
	 * concurrency exceptions were caught before, and one audit event was never written).
	 */
	@ArchTest
	static final ArchRule controllersLeaveRefusedAndLostChangesToTheFormFlow = classes().that()
		.areAnnotatedWith(Controller.class)
		.should(notCatch(StaleEditException.class, FieldProblem.class, FieldProblems.class,
				ConcurrencyFailureException.class, OptimisticLockException.class,
				DataIntegrityViolationException.class));

	/**
	 * Services take what a request said, already read (an {@link Upload}, not a multipart
	 * file), so that they can be called from anywhere: a test, a job, another service.
	 */
	@ArchTest
	static final ArchRule servicesDoNotKnowTheServletOrSpringMvc = noClasses().that()
		.areAnnotatedWith(Service.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..");

	/**
	 * Services take typed commands (records of values already read by the formatters),
	 * never the HTML form objects: a form is how a page asks, not what a change is.
	 */
	@ArchTest
	static final ArchRule servicesTakeCommandsNotForms = noClasses().that()
		.areAnnotatedWith(Service.class)
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Form");

	/**
	 * The audit trail is written in one place, the audited-edit step: what a change
	 * records (who, when, which fields) cannot drift between services.
	 */
	@ArchTest
	static final ArchRule onlyTheAuditedEditStepWritesTheAuditTrail = noClasses().that()
		.doNotHaveFullyQualifiedName(AuditedEdits.class.getName())
		.and()
		.resideOutsideOfPackage("org.wopplatform.persistence.audit..")
		.should()
		.callMethod(AuditTrail.class, "record", AuditTrail.Actor.class, Audited.class, long.class, Long.class,
				String.class, java.util.List.class);

	@ArchTest
	static final ArchRule controllersDoNotTouchPersistence = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("jakarta.persistence..");

	private static ArchCondition<JavaClass> notCatch(Class<?>... refused) {
		return new ArchCondition<>("not catch what the form flow answers") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				for (JavaCodeUnit unit : type.getCodeUnits()) {
					for (TryCatchBlock block : unit.getTryCatchBlocks()) {
						for (JavaClass caught : block.getCaughtThrowables()) {
							for (Class<?> forbidden : refused) {
								if (caught.isAssignableTo(forbidden) || caught.isAssignableFrom(forbidden)) {
									events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches "
											+ caught.getName() + " at " + block.getSourceCodeLocation()));
								}
							}
						}
					}
				}
			}
		};
	}

	@ArchTest
	static final ArchRule controllersDoNotUseSpringDataRepositoriesDirectly = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	@ArchTest
	static final ArchRule associationsAreLazy = fields().that()
		.areAnnotatedWith(ManyToOne.class)
		.or()
		.areAnnotatedWith(OneToOne.class)
		.or()
		.areAnnotatedWith(OneToMany.class)
		.or()
		.areAnnotatedWith(ManyToMany.class)
		.should(fetchLazily());

	private static ArchCondition<JavaField> fetchLazily() {
		return new ArchCondition<>("fetch lazily (no EAGER, and *ToOne says LAZY because its default is EAGER)") {
			@Override
			public void check(JavaField field, ConditionEvents events) {
				FetchType fetch = fetchOf(field);
				if (fetch != FetchType.LAZY) {
					events.add(SimpleConditionEvent.violated(field, field.getFullName() + " fetches " + fetch));
				}
			}
		};
	}

	private static FetchType fetchOf(JavaField field) {
		if (field.isAnnotatedWith(ManyToOne.class)) {
			return field.getAnnotationOfType(ManyToOne.class).fetch();
		}
		if (field.isAnnotatedWith(OneToOne.class)) {
			return field.getAnnotationOfType(OneToOne.class).fetch();
		}
		if (field.isAnnotatedWith(OneToMany.class)) {
			return field.getAnnotationOfType(OneToMany.class).fetch();
		}
		return field.getAnnotationOfType(ManyToMany.class).fetch();
	}

	@ArchTest
	static final ArchRule everyPackageSaysWhatItIsFor = classes().that()
		.resideInAPackage("org.wopplatform..")
		.should(new ArchCondition<JavaClass>("be in a package with a package-info") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (type.getPackage().tryGetPackageInfo().isEmpty()) {
					events
						.add(SimpleConditionEvent.violated(type, type.getPackageName() + " has no package-info.java"));
				}
			}
		});

}
