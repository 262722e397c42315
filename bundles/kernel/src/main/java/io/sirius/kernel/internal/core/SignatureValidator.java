package io.sirius.kernel.internal.core;

import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.crypto.Ed25519;

/**
 * A signature must verify over its data, in the derivation scheme it names (SHA3-512 for schemes 0 and 1,
 * SHA-512 for scheme 2), with strict checks (canonical S, key in the prime-order subgroup). An unknown scheme
 * (a null scheme in the notification) never verifies.
 */
public final class SignatureValidator implements StatelessValidator<SignatureNotification> {
    private final Ed25519 ed25519;

    /**
     * @param ed25519 the verifier, with its cache of checked keys
     */
    public SignatureValidator(Ed25519 ed25519) {
        this.ed25519 = ed25519;
    }

    @Override
    public Class<SignatureNotification> notificationType() {
        return SignatureNotification.class;
    }

    @Override
    public ResultCode validate(SignatureNotification notification, ValidationContext context) {
        if (notification.scheme() == null) {
            return CoreResults.SIGNATURE_NOT_VERIFIABLE;
        }
        return ed25519.verify(notification.signer(), notification.scheme(), notification.data(), notification.signature())
                ? ResultCodes.SUCCESS
                : CoreResults.SIGNATURE_NOT_VERIFIABLE;
    }
}
