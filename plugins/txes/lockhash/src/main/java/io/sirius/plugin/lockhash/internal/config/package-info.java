/** The lockhash section of the network config. */
package io.sirius.plugin.lockhash.internal.config;
