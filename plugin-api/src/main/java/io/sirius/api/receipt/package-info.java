/**
 * Receipts: what observers record of what a block did beyond the state itself (fees credited, rental fees paid,
 * deposits locked and returned, artifacts expired), in Sirius's binary layout, so the block's receipts hash and the
 * REST gateway's {@code /block/{height}/receipts} agree with Sirius's.
 *
 * <p>An observer adds a receipt through {@link io.sirius.api.observer.ObserverContext#addReceipt} while a block is
 * applied; the kernel groups the block's receipts into statements by source (the transaction, and the transaction
 * within an aggregate, that produced them) and hashes them into the block header.
 */
@Version("1.0.0")
package io.sirius.api.receipt;

import org.osgi.annotation.versioning.Version;
