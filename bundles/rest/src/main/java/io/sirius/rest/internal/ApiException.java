package io.sirius.rest.internal;

/**
 * A request that cannot be answered as asked, with the status and js-xpx-chain-rest's error code.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "ResourceNotFound", message);
    }

    static ApiException invalid(String message) {
        return new ApiException(409, "InvalidArgument", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
