package org.wopplatform.web.capacity;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What every capacity form reads per dimension (keyed by its id): the stage, degree of
 * change and contribution, and the explanation; with the report version the form was
 * opened at. A side's assessment adds its factors and evidence; an agreed value is these
 * alone.
 */
abstract class ReadingForm implements java.io.Serializable {

	long version = -1;

	Map<Long, @Nullable Integer> stage = new HashMap<>();

	Map<Long, @Nullable Integer> degree = new HashMap<>();

	Map<Long, @Nullable Integer> contribution = new HashMap<>();

	Map<Long, @Nullable String> explanation = new HashMap<>();

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Map<Long, @Nullable Integer> getStage() {
		return stage;
	}

	public void setStage(Map<Long, @Nullable Integer> stage) {
		this.stage = stage;
	}

	public Map<Long, @Nullable Integer> getDegree() {
		return degree;
	}

	public void setDegree(Map<Long, @Nullable Integer> degree) {
		this.degree = degree;
	}

	public Map<Long, @Nullable Integer> getContribution() {
		return contribution;
	}

	public void setContribution(Map<Long, @Nullable Integer> contribution) {
		this.contribution = contribution;
	}

	public Map<Long, @Nullable String> getExplanation() {
		return explanation;
	}

	public void setExplanation(Map<Long, @Nullable String> explanation) {
		this.explanation = explanation;
	}

}
