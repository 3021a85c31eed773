package org.wopplatform.reporting.annual;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's messages through SLF4J, under its own logger names
 * ({@code com.openhtmltopdf.load}...), instead of its console output. Its information
 * (timings, fonts loaded) is debug here; warnings and errors stay what they are.
 */
final class PdfLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, @Nullable Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else {
			logger.debug(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the levels are the logging configuration's
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
				|| LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere()).isDebugEnabled();
	}

}
