'this line must not run'
class Broken {
    [int] Count() {
        if ($true) { return 1 }
    }
}
