/**
 * Chain-level plugin settings: each plugin reads its {@code [plugin:catapult.plugins.<name>]} section of the
 * on-chain network config, in Sirius's properties format, into a typed, immutable record.
 *
 * <p>Node-local settings (ports, paths) are not here: they come from ConfigAdmin.
 */
@Version("1.1.0")
package io.sirius.api.config;

import org.osgi.annotation.versioning.Version;
