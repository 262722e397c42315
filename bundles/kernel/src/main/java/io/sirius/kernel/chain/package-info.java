/**
 * The node's chain as other bundles use it: status, blocks, announcements, transaction statuses, the committed
 * state, and block production for the consensus bundle.
 */
@Version("0.1.0")
package io.sirius.kernel.chain;

import org.osgi.annotation.versioning.Version;
