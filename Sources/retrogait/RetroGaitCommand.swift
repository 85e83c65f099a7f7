import ArgumentParser

@main
struct RetroGaitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retrogait")
}
