package org.wopplatform.web.brokering;

import org.jspecify.annotations.Nullable;

/** Why a request is closed, as typed, and the version it was read at. */
public class CloseForm implements java.io.Serializable {

	private @Nullable String reason;

	private long version = -1;

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
