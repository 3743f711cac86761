// migo-bench-bare-window: the cold-start reference of migo-bench, a Qt Widgets program that shows one empty
// window and nothing else (same QApplication, same platform plugin, same logging hook as the product).

#include <QApplication>
#include <QWidget>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    window.resize(640, 480);
    window.show();
    return QApplication::exec();
}
