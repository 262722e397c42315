/**
 * Validators: small, pure rules over one notification type that return a
 * {@link io.sirius.api.result.ResultCode} and never throw for a rule violation. Stateless validators see
 * only the notification and the config at the height; the kernel runs them in parallel on all cores.
 * Stateful validators also read a {@link io.sirius.api.state.StateView}.
 */
@Version("1.1.0")
package io.sirius.api.validation;

import org.osgi.annotation.versioning.Version;
