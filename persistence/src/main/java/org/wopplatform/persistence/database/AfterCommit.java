package org.wopplatform.persistence.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must follow a change only once it is committed (lists read again, e-mails
 * sent, sessions ended): run after the commit of the transaction under way, never when it
 * is rolled back, or at once outside any transaction. It runs while the transaction's
 * connection is still held: anything slow goes to a thread of its own.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					work.run();
				}
			});
		}
		else {
			work.run();
		}
	}

}
