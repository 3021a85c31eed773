package org.wopplatform.web.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.wopplatform.domain.progress.AssessmentSide;
import org.wopplatform.domain.progress.CapacityAssessment;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * The values a reviewer records as agreed, per dimension where the two sides differ:
 * stage, degree of change and contribution, and why.
 */
public class AgreementForm extends ReadingForm implements CrossChecked {

	private TreeSet<Long> ids() {
		TreeSet<Long> ids = new TreeSet<>();
		for (Map<Long, ?> map : List.of(stage, degree, contribution)) {
			map.keySet().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
		}
		return ids;
	}

	/** Each dimension agreed gives its stage, degree and contribution, in range. */
	@Override
	public void check(Errors errors) {
		boolean any = false;
		for (long id : ids()) {
			boolean given = stage.get(id) != null || degree.get(id) != null || contribution.get(id) != null;
			if (!given) {
				continue;
			}
			any = true;
			AssessmentForm.requireReading(errors, id, stage.get(id), degree.get(id), contribution.get(id));
			String words = explanation.get(id);
			if (words != null && words.length() > AssessmentForm.EXPLANATION_MAX
					&& !errors.hasFieldErrors("explanation[" + id + "]")) {
				errors.rejectValue("explanation[" + id + "]", "Size",
						new Object[] { "explanation", AssessmentForm.EXPLANATION_MAX, 0 }, "Too long");
			}
		}
		if (!any && !errors.hasErrors()) {
			errors.reject("capacity.agreement.empty");
		}
	}

	/** The values agreed, read. */
	List<CapacityAssessment> agreed() {
		List<CapacityAssessment> agreed = new ArrayList<>();
		for (long id : ids()) {
			Integer s = stage.get(id);
			Integer d = degree.get(id);
			Integer c = contribution.get(id);
			if (s != null && d != null && c != null) {
				agreed.add(new CapacityAssessment(id, AssessmentSide.AGREED, s, d, c, null, null, null, null,
						explanation.get(id), null, null));
			}
		}
		return agreed;
	}

}
