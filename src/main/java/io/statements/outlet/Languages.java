package io.statements.outlet;

/** BCP 47 language tags, loosely: "en", "en-US", "zh-Hant". */
public final class Languages {

    public static final String PATTERN = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}";
    public static final String MESSAGE = "must be a BCP 47 language tag such as en or en-US";

    private Languages() {
    }
}
