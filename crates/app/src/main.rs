fn main() {
    loopscope_app::mount();
}
