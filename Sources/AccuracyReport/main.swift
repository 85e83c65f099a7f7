// Entry point of `make accuracy`: see AccuracyReportCommand.
import Foundation

print("AccuracyReport: not wired yet")
