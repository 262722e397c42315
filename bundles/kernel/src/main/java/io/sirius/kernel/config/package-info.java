/**
 * The network configuration in force at a height: Sirius's {@code config-network} properties (the
 * {@code [network]} and {@code [chain]} sections and one {@code [plugin:catapult.plugins.<name>]} section per
 * plugin) and its supported-entities JSON. The nemesis configuration comes from files every node of a network
 * shares; later ones arrive on chain in NetworkConfig transactions.
 */
@Version("0.1.0")
package io.sirius.kernel.config;

import org.osgi.annotation.versioning.Version;
