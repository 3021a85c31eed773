package org.wopplatform.web.workplan;

import java.util.ArrayList;
import java.util.List;

/** The deliverables an activity produces and the indicators it moves, as ticked. */
public class LinksForm implements java.io.Serializable {

	private List<Long> deliverables = new ArrayList<>();

	private List<Long> indicators = new ArrayList<>();

	private long version;

	public List<Long> getDeliverables() {
		return deliverables;
	}

	public void setDeliverables(List<Long> deliverables) {
		this.deliverables = deliverables;
	}

	public List<Long> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<Long> indicators) {
		this.indicators = indicators;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
