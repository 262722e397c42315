/** The locksecret section of the network config. */
package io.sirius.plugin.locksecret.internal.config;
