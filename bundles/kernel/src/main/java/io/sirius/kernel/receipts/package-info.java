/**
 * A block's statements: the receipts its observers added, grouped by source, and the alias resolutions they made,
 * hashed as Sirius hashes them into the block's {@code blockReceiptsHash}; read by REST's
 * {@code /block/{height}/receipts}.
 */
@Version("0.1.0")
package io.sirius.kernel.receipts;

import org.osgi.annotation.versioning.Version;
