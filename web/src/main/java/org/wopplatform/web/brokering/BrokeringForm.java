package org.wopplatform.web.brokering;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a support request and a mentor offer both carry as typed: the version the form was
 * opened at, the utility (chosen by coordinators and the secretariat; utility staff act
 * for their own), and the languages it works in.
 */
public class BrokeringForm implements java.io.Serializable {

	private long version;

	private @Nullable Long organisationId;

	private List<String> languages = new ArrayList<>();

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

}
