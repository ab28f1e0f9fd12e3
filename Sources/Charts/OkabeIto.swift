/// The Okabe–Ito palette: eight colours that stay distinct for the common forms of colour blindness.
/// Charts take colours as CSS strings; reports map each resource kind to one of these, once.
public enum OkabeIto {
    /// Black, `#000000`.
    public static let black = "#000000"
    /// Orange, `#E69F00`.
    public static let orange = "#E69F00"
    /// Sky blue, `#56B4E9`.
    public static let skyBlue = "#56B4E9"
    /// Bluish green, `#009E73`.
    public static let bluishGreen = "#009E73"
    /// Yellow, `#F0E442`.
    public static let yellow = "#F0E442"
    /// Blue, `#0072B2`.
    public static let blue = "#0072B2"
    /// Vermillion, `#D55E00`.
    public static let vermillion = "#D55E00"
    /// Reddish purple, `#CC79A7`.
    public static let reddishPurple = "#CC79A7"
}
