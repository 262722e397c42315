/** The locksecret section of the network config, and the {@code [chain]} values its rules need. */
package io.sirius.plugin.locksecret.internal.config;
