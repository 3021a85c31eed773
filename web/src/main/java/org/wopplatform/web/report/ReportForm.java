package org.wopplatform.web.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.domain.report.Chapter;

/**
 * A draft's introduction and the position (1 to the number of chapters) of each chapter.
 */
public class ReportForm implements java.io.Serializable {

	private long version;

	@Size(max = 20000)
	private @Nullable String introduction;

	@Size(max = 20000)
	private @Nullable String introductionFr;

	@Size(max = 20000)
	private @Nullable String introductionEs;

	/** Chapter name → its position as typed. */
	private Map<String, String> position = new LinkedHashMap<>();

	static ReportForm from(AnnualReport report) {
		ReportForm form = new ReportForm();
		form.version = report.version();
		form.introduction = report.introduction();
		form.introductionFr = report.introductionFr();
		form.introductionEs = report.introductionEs();
		int i = 1;
		for (Chapter chapter : report.chapters()) {
			form.position.put(chapter.name(), Integer.toString(i++));
		}
		return form;
	}

	/**
	 * The positions that are whole numbers from 1 to the number of chapters, by chapter.
	 */
	Map<Chapter, Integer> positions() {
		Map<Chapter, Integer> positions = new EnumMap<>(Chapter.class);
		for (Chapter chapter : Chapter.values()) {
			try {
				int value = Integer.parseInt(position.getOrDefault(chapter.name(), "").strip());
				if (value >= 1 && value <= Chapter.values().length) {
					positions.put(chapter, value);
				}
			}
			catch (NumberFormatException ex) {
				// left out: reported as a whole
			}
		}
		return positions;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable String getIntroduction() {
		return introduction;
	}

	public void setIntroduction(@Nullable String introduction) {
		this.introduction = introduction;
	}

	AnnualReports.Introduction introductions() {
		return new AnnualReports.Introduction(introduction, introductionFr, introductionEs, true);
	}

	public @Nullable String getIntroductionFr() {
		return introductionFr;
	}

	public void setIntroductionFr(@Nullable String introductionFr) {
		this.introductionFr = introductionFr;
	}

	public @Nullable String getIntroductionEs() {
		return introductionEs;
	}

	public void setIntroductionEs(@Nullable String introductionEs) {
		this.introductionEs = introductionEs;
	}

	public Map<String, String> getPosition() {
		return position;
	}

	public void setPosition(Map<String, String> position) {
		this.position = position;
	}

}
