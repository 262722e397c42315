/**
 * Tools for development and permissioned networks, where the node holds keys: building and signing the
 * transactions operators send from the shell (transfers, network config changes).
 */
@Version("0.1.0")
package io.sirius.kernel.devnet;

import org.osgi.annotation.versioning.Version;
