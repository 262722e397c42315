/**
 * The root of the Sirius plugin API: the exception hierarchy shared by the kernel and every plugin.
 *
 * <p>Rule violations are never exceptions: validators return {@link io.sirius.api.result.ResultCode}s.
 * The exceptions here are for infrastructure faults (a store that cannot write, a transport that
 * fails, a contract VM that breaks) and for untrusted input that cannot be decoded.
 */
@Version("1.0.0")
package io.sirius.api;

import org.osgi.annotation.versioning.Version;
