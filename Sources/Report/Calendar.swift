import Charts
import GridModel
import Localization

/// Hours of the year on the data bundle's 365-day calendar (29 February dropped), so that charts can label
/// time with dates and months instead of hour numbers. Time positions on charts are hours since 1 January
/// 00:00, so hour of year h (1-based, hour-beginning) sits at h − 1.
enum Calendar365 {
    static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    /// Zero-based day of the year on which each month starts.
    static let monthStartDays: [Int] = monthLengths.reduce(into: [0]) { $0.append($0.last! + $1) }.dropLast()

    /// Zero-based month (0 = January) of a zero-based day of the year.
    static func month(ofDay day: Int) -> Int {
        monthStartDays.lastIndex { $0 <= day } ?? 0
    }

    /// `3 Feb` (`2月3日`) for a zero-based day of the year.
    static func dateLabel(day: Int, _ text: Localizer) -> String {
        let month = month(ofDay: day)
        return text.dateName(day: day - monthStartDays[month] + 1, month: month)
    }

    /// `3 Feb 17:00` for an hour position (hours since 1 January 00:00).
    static func dateTimeLabel(hourPosition: Int, _ text: Localizer) -> String {
        let hour = hourPosition % 24
        return "\(dateLabel(day: hourPosition / 24, text)) \(hour < 10 ? "0" : "")\(hour):00"
    }

    /// Chart position of window offset `t`.
    static func position(of t: Int, in window: HourWindow) -> Double { Double(window.first - 1 + t) }

    /// A time axis from `first` to `last` (hour positions) with ticks every six hours (up to two days), at
    /// midnights (up to two weeks), every seventh midnight (up to about three months) or each month's first day.
    static func timeAxis(from first: Double, to last: Double, _ text: Localizer) -> Axis {
        let span = last - first
        let firstDay = Int((first / 24).rounded(.up)), lastDay = Int((last / 24).rounded(.down))
        let ticks: [Axis.Tick]
        let unit: String
        if span > 24 * 92 {
            ticks = monthStartDays.filter { Double($0 * 24) >= first && Double($0 * 24) <= last }
                .map { Axis.Tick(value: Double($0 * 24), label: text.monthName(month(ofDay: $0))) }
            unit = text(.axisTicksMonthly)
        } else if span <= 48 {
            let firstTick = Int((first / 6).rounded(.up)) * 6
            ticks = stride(from: firstTick, through: Int(last), by: 6).map { position in
                let hour = position % 24
                return Axis.Tick(value: Double(position), label: hour == 0 ? dateLabel(day: position / 24, text) : "\(hour < 10 ? "0" : "")\(hour):00")
            }
            unit = text(.axisBeijingTime)
        } else {
            let step = span > 24 * 14 ? 7 : 1
            ticks = firstDay <= lastDay
                ? stride(from: firstDay, through: lastDay, by: step).map { Axis.Tick(value: Double($0 * 24), label: dateLabel(day: $0, text)) }
                : []
            unit = text(.axisTicksMidnight)
        }
        return Axis(title: text(.axisDate), unit: unit, bounds: first...max(last, first + 1), includesZero: false, ticks: ticks)
    }
}
