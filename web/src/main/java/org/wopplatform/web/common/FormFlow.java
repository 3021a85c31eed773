package org.wopplatform.web.common;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a submitted form becomes a page, used by every controller that changes data
 * (no controller catches these outcomes itself; {@code ArchitectureTests} checks):
 * <ul>
 * <li>errors of binding and validation, of the rules between fields
 * ({@link CrossChecked}, in the same round), and {@link FieldProblem}s raised by the
 * change, come back as 400 with the form as typed, each error next to its field;</li>
 * <li>a change started from an older version ({@link StaleEditException}) or one that
 * lost a race at the database (an optimistic lock, a lock it could not get) comes back as
 * 409 with the form as typed, the changes missed and the current version, so that saving
 * again is a decision;</li>
 * <li>a change that collides with a unique key (someone created the same thing a moment
 * earlier) comes back as 409 with the form as typed;</li>
 * <li>a change that succeeds is a redirect with a confirmation.</li>
 * </ul>
 * Actions without a page of their own (a button on a record) use {@link #action}: the
 * same outcomes as a message on the record they came from, with what was typed kept.
 */
public final class FormFlow {

	/** Message key: someone else changed the record meanwhile. */
	public static final String CONFLICT = "concurrentModification.any";

	/** Message key: someone else created the same thing meanwhile. */
	public static final String DUPLICATE = "concurrentModification.duplicate";

	private static final Logger log = LoggerFactory.getLogger(FormFlow.class);

	private FormFlow() {
	}

	/** A form whose page is shown again when the change is refused. */
	public static Form form(BindingResult result, Model model, HttpServletResponse response) {
		return new Form(result, model, response);
	}

	/** A button or small form whose outcome is shown on the page it redirects back to. */
	public static Action action(RedirectAttributes redirect, String errorAttribute) {
		return new Action(redirect, errorAttribute);
	}

	/** The first line of the innermost message, for a log line without a stack trace. */
	static String firstLine(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

	private static boolean lostRace(RuntimeException ex) {
		return ex instanceof ConcurrencyFailureException || ex instanceof OptimisticLockException;
	}

	/**
	 * Why a change was refused: problems with what was typed (400), or a conflict (409)
	 * with its message and, when the record had moved on, what was missed.
	 */
	private record Refusal(int status, List<FieldProblem> problems, @Nullable String code,
			@Nullable StaleEditException stale) {
	}

	/**
	 * What a failure of a change means to the person, the same for forms and actions; a
	 * failure that is none of these is a defect and goes on as it is.
	 */
	private static Refusal refusal(RuntimeException ex, String conflict, String duplicate) {
		if (ex instanceof FieldProblem problem) {
			return new Refusal(HttpServletResponse.SC_BAD_REQUEST, List.of(problem), null, null);
		}
		if (ex instanceof FieldProblems problems) {
			return new Refusal(HttpServletResponse.SC_BAD_REQUEST, problems.problems(), null, null);
		}
		if (ex instanceof StaleEditException stale) {
			return new Refusal(HttpServletResponse.SC_CONFLICT, List.of(), conflict, stale);
		}
		if (isDuplicate(ex)) {
			log.info("A change collided with a unique key: {}", firstLine(ex));
			return new Refusal(HttpServletResponse.SC_CONFLICT, List.of(), duplicate, null);
		}
		if (lostRace(ex)) {
			return new Refusal(HttpServletResponse.SC_CONFLICT, List.of(), conflict, null);
		}
		throw ex;
	}

	/**
	 * A unique key the change collided with (PostgreSQL's 23505): someone created the
	 * same thing a moment earlier. Any other constraint refusing a change is a check the
	 * application lacks, a defect, and is not dressed up as a race.
	 */
	static boolean isDuplicate(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	public static final class Form {

		private final BindingResult result;

		private final Model model;

		private final HttpServletResponse response;

		private String conflict = CONFLICT;

		private @Nullable LongConsumer version;

		private Form(BindingResult result, Model model, HttpServletResponse response) {
			this.result = result;
			this.model = model;
			this.response = response;
		}

		/** The message shown when someone else changed the record meanwhile. */
		public Form conflict(String code) {
			this.conflict = code;
			return this;
		}

		/** Where the form takes the current version after a conflict. */
		public Form version(LongConsumer setVersion) {
			this.version = setVersion;
			return this;
		}

		/**
		 * Runs the change when the form has no errors and returns where it leads;
		 * otherwise returns the form's page, with the status that says why.
		 */
		public String submit(Supplier<String> change, Supplier<String> page) {
			if (result.getTarget() instanceof CrossChecked form) {
				form.check(result);
			}
			if (result.hasErrors()) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				return page.get();
			}
			try {
				return change.get();
			}
			catch (RuntimeException ex) {
				Refusal refusal = refusal(ex, conflict, DUPLICATE);
				refusal.problems().forEach(problem -> FormErrors.show(problem, result));
				if (refusal.code() != null) {
					result.reject(refusal.code());
				}
				StaleEditException stale = refusal.stale();
				if (stale != null) {
					model.addAttribute("missed", stale.missed());
					if (version != null) {
						version.accept(stale.currentVersion());
					}
				}
				response.setStatus(refusal.status());
			}
			return page.get();
		}

	}

	public static final class Action {

		private final RedirectAttributes redirect;

		private final String errorAttribute;

		private String conflict = CONFLICT;

		private String duplicate = DUPLICATE;

		private final Map<String, @Nullable Object> typed = new LinkedHashMap<>();

		private @Nullable BindingResult bound;

		private Action(RedirectAttributes redirect, String errorAttribute) {
			this.redirect = redirect;
			this.errorAttribute = errorAttribute;
		}

		public Action conflict(String code) {
			this.conflict = code;
			return this;
		}

		/** The message shown when the database already holds the same thing. */
		public Action duplicate(String code) {
			this.duplicate = code;
			return this;
		}

		/**
		 * The binding of what was typed: a value it refused (text with control
		 * characters, say) refuses the action before it runs, with the same message.
		 */
		public Action bound(BindingResult result) {
			this.bound = result;
			return this;
		}

		/** What the person typed, kept for the page shown after a refusal. */
		public Action keep(String attribute, @Nullable Object value) {
			typed.put(attribute, value);
			return this;
		}

		/**
		 * Runs the change and returns where it leads; when it is refused, redirects to
		 * {@code back} with the reason and what was typed.
		 */
		public String run(Supplier<String> change, String back) {
			if (bound != null && bound.hasErrors()) {
				return refused(String.valueOf(bound.getAllErrors().get(0).getCode()), back);
			}
			try {
				return change.get();
			}
			catch (RuntimeException ex) {
				Refusal refusal = refusal(ex, conflict, duplicate);
				String code = refusal.code();
				return refused(code != null ? code : refusal.problems().get(0).code(), back);
			}
		}

		private String refused(String error, String back) {
			redirect.addFlashAttribute(errorAttribute, error);
			typed.forEach((name, value) -> {
				if (value != null) {
					redirect.addFlashAttribute(name, value);
				}
			});
			return back;
		}

	}

}
