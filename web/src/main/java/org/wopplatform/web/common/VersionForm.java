package org.wopplatform.web.common;

/**
 * A form that carries only the version the person started from (publish, remove a row,
 * remove a record); forms of a change to a versioned record extend it.
 */
public class VersionForm implements java.io.Serializable {

	private long version;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
